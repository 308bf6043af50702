/* TRUTH: free — in phase p only thread (p % 2) touches cell; a barrier (count 2) separates consecutive phases. */
#include <pthread.h>
static int cell;
static pthread_barrier_t bar;
static void *w(void *arg) {
    int id = *(int *)arg;
    for (int p = 0; p < 6; p++) {
        if (p % 2 == id) cell += p;
        pthread_barrier_wait(&bar);
    }
    return NULL;
}
int main(void) {
    static int ids[2] = {0, 1};
    pthread_barrier_init(&bar, NULL, 2);
    pthread_t x, y;
    pthread_create(&x, NULL, w, &ids[0]); pthread_create(&y, NULL, w, &ids[1]);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return cell != 15;
}
