/* TRUTH: racy — main writes g (g = 8 after pthread_create) while reader reads it (out1 = __extension__ g), unordered */
#include <pthread.h>
int g;
int out1, out2;
void *reader(void *a) { (void)a; out1 = __extension__ g; return 0; }
int main(void)
{
    pthread_t t;
    g = 7;
    pthread_create(&t, 0, reader, 0);
    g = 8;
    pthread_join(t, 0);
    return out1 + out2;
}
