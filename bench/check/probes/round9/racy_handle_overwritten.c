/* TRUTH: racy. The handle t is reused for the second thread, so the single join waits only for writer_b, and writer_a's write of out races with main's read. */
#include <pthread.h>
#include <stdio.h>

static int out_a, out_b;

static void *writer_a(void *arg) { (void)arg; out_a = 1; return NULL; }
static void *writer_b(void *arg) { (void)arg; out_b = 2; return NULL; }

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, writer_a, NULL);
    pthread_create(&t, NULL, writer_b, NULL);
    pthread_join(t, NULL);
    printf("%d %d\n", out_a, out_b);
    return 0;
}
