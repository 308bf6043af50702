/* TRUTH: free — BOX(g) = ((int[]){ (g) })[0] reads g into a fresh compound literal; g written only before create */
#include <pthread.h>
#define BOX(v) ((int[]){ (v) })[0]
int g;
int out1, out2;
void *t(void *a) { (void)a; out1 = BOX(g); return 0; }
int main(void)
{
    pthread_t th;
    g = 3;
    pthread_create(&th, 0, t, 0);
    out2 = BOX(g);
    pthread_join(th, 0);
    return out1 + out2;
}
