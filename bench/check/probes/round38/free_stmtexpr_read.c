/* TRUTH: free — g is written only before pthread_create; LOAD(g) (a statement expression copying g) in t and main only reads it */
#include <pthread.h>
#define LOAD(v) ({ __typeof__(v) _t = (v); _t; })
int g;
int out1, out2;
void *t(void *a) { (void)a; out1 = LOAD(g); return 0; }
int main(void)
{
    pthread_t th;
    g = 4;
    pthread_create(&th, 0, t, 0);
    out2 = LOAD(g);
    pthread_join(th, 0);
    return out1 + out2;
}
