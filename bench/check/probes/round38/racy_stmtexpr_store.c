/* TRUTH: racy — main's STORE(g, 9) (({ (g) = (9); })) writes g after create while t reads it through LOAD(g), unordered */
#include <pthread.h>
#define LOAD(v) ({ __typeof__(v) _t = (v); _t; })
#define STORE(v, x) ({ (v) = (x); })
int g;
int out1, out2;
void *t(void *a) { (void)a; out1 = LOAD(g); return 0; }
int main(void)
{
    pthread_t th;
    g = 4;
    pthread_create(&th, 0, t, 0);
    STORE(g, 9);
    pthread_join(th, 0);
    return out1 + out2;
}
