console.log('reply-coach: CLI stub');
