/* TRUTH: racy — both threads are created into the same pthread_t variable, so main's single join waits only for the second; the first thread's plain write of a races with main's plain read after that join. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static int a, b;
static void *fa(void *arg) { usleep(1000); a = 1; return arg; }
static void *fb(void *arg) { b = 1; return arg; }
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, fa, NULL);
    pthread_detach(t);
    pthread_create(&t, NULL, fb, NULL);
    pthread_join(t, NULL);
    printf("%d %d\n", a, b);
    return 0;
}
