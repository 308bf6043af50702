/* TRUTH: free — g is written only by main before pthread_create; afterwards the thread (RD(g) in reader) and main (RD(g) after create) only read it: __extension__ of an lvalue is a read here, not a write */
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
    out2 = RD(g);
    pthread_join(t, 0);
    return out1 + out2;
}
