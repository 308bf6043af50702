/* TRUTH: racy — reading and writing are adjacent non-zero-width bit-fields, one memory location (C11 3.14): the two threads' writes (line 12, line 13) conflict. */
#include <pthread.h>
#include <stdio.h>

struct conn_flags {
    unsigned reading : 1;

    unsigned writing : 1;
};
static struct conn_flags fl;

static void *rd(void *arg) { (void)arg; fl.reading = 1; return NULL; } // @A
static void *wr(void *arg) { (void)arg; fl.writing = 1; return NULL; } // @B

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, rd, NULL);
    pthread_create(&b, NULL, wr, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", fl.reading, fl.writing);
    return 0;
}
