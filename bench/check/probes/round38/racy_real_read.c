/* TRUTH: racy — main writes d (d = 2.5 after create) while reader reads it (out1 = RE(d)) */
#include <pthread.h>
#define RE(v) (__real__ (v))
double d;
double out1, out2;
void *reader(void *a) { (void)a; out1 = RE(d); return 0; }
int main(void)
{
    pthread_t t;
    d = 1.5;
    pthread_create(&t, 0, reader, 0);
    d = 2.5;
    pthread_join(t, 0);
    return (int)(out1 + out2);
}
