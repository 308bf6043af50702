// The same pthread_t variable is reused for two creates, so only the second
// thread is joined; reading a_out then races with thread_a's write.
#include <pthread.h>
#include <stdio.h>
static int a_out, b_out;
static void *thread_a(void *arg) { (void)arg; a_out = 1; return NULL; }
static void *thread_b(void *arg) { (void)arg; b_out = 2; return NULL; }
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, thread_a, NULL);
    pthread_create(&t, NULL, thread_b, NULL);
    pthread_join(t, NULL);
    printf("%d %d\n", a_out, b_out);
    return 0;
}
