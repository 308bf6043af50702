/* TRUTH: racy — main writes g (g = NEG(g)) after create while t reads g through POS(g) */
#include <pthread.h>
#define POS(v) (+(v))
#define NEG(v) (-(v))
int g;
int out1, out2;
void *t(void *a) { (void)a; out1 = POS(g); return 0; }
int main(void)
{
    pthread_t th;
    g = 3;
    pthread_create(&th, 0, t, 0);
    g = NEG(g);
    pthread_join(th, 0);
    return out1 + out2;
}
