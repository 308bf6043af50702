/* TRUTH: race-free. join_all() loops by goto over both handles and returns after joining them; main's x = 3 comes after both workers ended. */
#include <pthread.h>
int x;
pthread_t th[2];
void *w0(void *a) { x = 1; return a; }
int y;
void *w1(void *a) { y = 1; return a; }
static void join_all(void) {
    int i = 0;
L:
    if (i < 2) {
        pthread_join(th[i], 0);
        i++;
        goto L;
    }
}
int main(void) {
    pthread_create(&th[0], 0, w0, 0);
    pthread_create(&th[1], 0, w1, 0);
    join_all();
    x = 3;
    return 0;
}
