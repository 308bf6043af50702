/* TRUTH: free — the unnamed zero-width bit-field ends the bit-field sequence, so reading and writing are separate memory locations (C11 3.14); the reader thread writes fl.reading (line 12), the writer thread fl.writing (line 13). */
#include <pthread.h>
#include <stdio.h>

struct conn_flags {
    unsigned reading : 1;
    unsigned : 0;
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
