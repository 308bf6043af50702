/* TRUTH: free — the same start routine is used by two threads with ids 0 and 1; id 0 only writes x, id 1 only writes y; each variable has a single accessing thread until main reads both after join. */
#include <pthread.h>
#include <stdio.h>
static int x, y;
static void *work(void *arg) {
    int id = (int)(long)arg;
    for (int i = 0; i < 100; i++) {
        if (id == 0)
            x += i;
        else
            y += i;
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, (void *)0L);
    pthread_create(&b, NULL, work, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", x, y);
    return 0;
}
