/* TRUTH: racy — main writes h (h = 3 after create) while t reads h through PICK(g, h), unordered */
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
    h = 3;
    pthread_join(th, 0);
    return out1 + out2;
}
