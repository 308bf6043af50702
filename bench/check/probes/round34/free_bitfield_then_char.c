/* TRUTH: free — tag is a non-bit-field member after the bit-field state, a separate memory location (C11 3.14); one thread writes c.state (line 8), the other c.tag (line 9). */
#include <pthread.h>
#include <stdio.h>

struct conn { unsigned state : 4; unsigned char tag; };
static struct conn c;

static void *t1(void *arg) { (void)arg; c.state = 3; return NULL; } // @A
static void *t2(void *arg) { (void)arg; c.tag = 7; return NULL; } // @B

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", c.state, c.tag);
    return 0;
}
