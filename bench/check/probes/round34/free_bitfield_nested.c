/* TRUTH: free — in.busy and out.busy are bit-fields of two different struct members (in, out), separate memory locations; each thread writes one (line 9, line 10). */
#include <pthread.h>
#include <stdio.h>

struct dir_state { unsigned busy : 1; unsigned eof : 1; };
struct conn { struct dir_state in; struct dir_state out; };
static struct conn c;

static void *rx(void *arg) { (void)arg; c.in.busy = 1; return NULL; } // @A
static void *tx(void *arg) { (void)arg; c.out.busy = 1; return NULL; } // @B

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, rx, NULL);
    pthread_create(&b, NULL, tx, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", c.in.busy, c.out.busy);
    return 0;
}
