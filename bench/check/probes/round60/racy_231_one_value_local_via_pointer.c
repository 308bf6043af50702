/* TRUTH: racy — main's local n starts at 3 but is set to 1 through a pointer before `if (n > 2) return 0;`, so main does not return early: it starts two threads that increment shared without synchronization. */
#include <pthread.h>
#include <stdio.h>
static int shared;
static void *work(void *arg) {
    for (int i = 0; i < 10000; i++) shared++;
    return arg;
}
int main(void) {
    int n = 3;
    int *p = &n;
    *p = 1;
    if (n > 2)
        return 0;
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
