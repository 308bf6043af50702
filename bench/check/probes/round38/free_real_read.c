/* TRUTH: free — d is written only before pthread_create; RE(d) (__real__ of a double) in reader and main only reads d */
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
    out2 = RE(d);
    pthread_join(t, 0);
    return (int)(out1 + out2);
}
