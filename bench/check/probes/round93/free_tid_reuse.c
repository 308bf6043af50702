// The same pthread_t variable is reused, but each thread is joined before the
// next create, so both outputs are ordered before main's reads.
#include <pthread.h>
#include <stdio.h>
static int a_out, b_out;
static void *thread_a(void *arg) { (void)arg; a_out = 1; return NULL; }
static void *thread_b(void *arg) { (void)arg; b_out = 2; return NULL; }
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, thread_a, NULL);
    pthread_join(t, NULL);
    pthread_create(&t, NULL, thread_b, NULL);
    pthread_join(t, NULL);
    printf("%d %d\n", a_out, b_out);
    return 0;
}
