/* TRUTH: free — ip points at a file-scope compound literal; thread writes ip[0], main writes ip[1] */
#include <pthread.h>
static int *ip = (int[]){ 0, 0 };
static void *w(void *x) { (void)x; ip[0] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    ip[1] = 2;
    pthread_join(t, 0);
    return ip[0] + ip[1];
}
