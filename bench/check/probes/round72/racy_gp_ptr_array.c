/* TRUTH: racy — ptrs[0] repointed at y via pp = ptrs; thread writes *ptrs[0] = y, main writes y unordered */
#include <pthread.h>
int x, y;
int *ptrs[1] = { &x };
static void *w(void *a) { (void)a; *ptrs[0] = 1; return 0; }
int main(void) {
    pthread_t t;
    int **pp = ptrs;
    *pp = &y;
    pthread_create(&t, 0, w, 0);
    y = 2;
    pthread_join(t, 0);
    return x + y;
}
