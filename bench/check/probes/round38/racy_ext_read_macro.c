/* TRUTH: racy — main writes g (g = RD(g) + 1, after pthread_create) while reader reads g (out1 = RD(g)); nothing orders them */
#include <pthread.h>
#define RD(v) (__extension__ (v))
int g;
int out1, out2;
void *reader(void *a) { (void)a; out1 = RD(g); return 0; }
int main(void)
{
    pthread_t t;
    g = 7;
    pthread_create(&t, 0, reader, 0);
    g = RD(g) + 1;
    pthread_join(t, 0);
    return out1 + out2;
}
