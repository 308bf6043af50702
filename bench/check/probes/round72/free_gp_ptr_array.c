/* TRUTH: free — ip's neighbour table: ptrs[] = {&x}; main stores &y via pp = ptrs (no &); thread writes *ptrs[0] = y, main writes x */
#include <pthread.h>
int x, y;
int *ptrs[1] = { &x };
static void *w(void *a) { (void)a; *ptrs[0] = 1; return 0; }
int main(void) {
    pthread_t t;
    int **pp = ptrs;
    *pp = &y;
    pthread_create(&t, 0, w, 0);
    x = 2;
    pthread_join(t, 0);
    return x + y;
}
