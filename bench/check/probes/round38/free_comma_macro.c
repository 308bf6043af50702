/* TRUTH: free — PICK(a, b) = ((a), (b)) only reads g and h; both written only before pthread_create */
#include <pthread.h>
#define PICK(a, b) ((a), (b))
int g, h;
int out1, out2;
void *t(void *a) { (void)a; out1 = PICK(g, h); return 0; }
int main(void)
{
    pthread_t th;
    g = 1;
    h = 2;
    pthread_create(&th, 0, t, 0);
    out2 = PICK(h, g);
    pthread_join(th, 0);
    return out1 + out2;
}
