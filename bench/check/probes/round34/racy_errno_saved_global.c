/* TRUTH: racy — both parsers copy their errno into the one global last_error (line 19) with no lock. */
#include <pthread.h>
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>

static const char *inputs[2] = { "123", "99999999999999999999999" };
static long out[2];
static int last_error;

static void *parser(void *arg) {
    int id = (int)(long)arg;
    char *end;
    errno = 0; // @A
    long v = strtol(inputs[id], &end, 10);
    if (errno == ERANGE) // @B
        v = -1;
    out[id] = v;
    last_error = errno; // @C
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, parser, (void *)0);
    pthread_create(&b, NULL, parser, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", out[0], out[1]);
    return 0;
}
