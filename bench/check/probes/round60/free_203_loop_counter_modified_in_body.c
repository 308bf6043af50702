/* TRUTH: free — T1's loop `for (i = 0; i < 10; i++) { a[i] = 1; i++; }` also increments i in its body, so it writes only a[0], a[2], ..., a[8]; T2 writes only a[5]; distinct elements, no conflict. */
#include <pthread.h>
#include <stdio.h>
static int a[10];
static void *t1(void *arg) {
    for (int i = 0; i < 10; i++) {
        a[i] = 1;
        i++;
    }
    return arg;
}
static void *t2(void *arg) { a[5] = 7; return arg; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL);
    pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d %d\n", a[4], a[5]);
    return 0;
}
