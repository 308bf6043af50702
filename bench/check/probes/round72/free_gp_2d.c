/* TRUTH: free — rp = m (pointer to row 0); thread writes rp[1][0] = m[1][0], main writes m[0][0] */
#include <pthread.h>
static int m[2][2];
static int (*rp)[2] = m;
static void *w(void *x) { (void)x; rp[1][0] = 1; return 0; }
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    m[0][0] = 2;
    pthread_join(t, 0);
    return m[0][0] + m[1][0];
}
