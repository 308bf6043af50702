/* FREE: worker writes global result; main reads it only after pthread_join. */
#include <pthread.h>
#include <stdio.h>
static int result;
static void *work(void *arg) {
    int n = *(int *)arg;
    int s = 0;
    for (int i = 1; i <= n; i++) s += i;
    result = s;
    return NULL;
}
int main(void) {
    pthread_t t;
    int n = 100;
    pthread_create(&t, NULL, work, &n);
    pthread_join(t, NULL);
    printf("final: %d\n", result);
    return 0;
}
