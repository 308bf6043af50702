/* TRUTH: racy. The same pthread_t variable is reused for both creates, so only the second thread is joined and main's read races with the first thread's write. */
#include <pthread.h>
#include <stdio.h>

static long res_a, res_b;

static void *fa(void *arg) { (void)arg; res_a = 11; return NULL; }
static void *fb(void *arg) { (void)arg; res_b = 22; return NULL; }

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, fa, NULL);
    pthread_create(&t, NULL, fb, NULL);
    pthread_join(t, NULL);
    printf("%ld %ld\n", res_a, res_b);
    return 0;
}
