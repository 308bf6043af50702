/* TRUTH: free — g written only before pthread_create; thread and main only read it (out1 = __extension__ g; out2 = __extension__ g) */
#include <pthread.h>
int g;
int out1, out2;
void *reader(void *a) { (void)a; out1 = __extension__ g; return 0; }
int main(void)
{
    pthread_t t;
    g = 7;
    pthread_create(&t, 0, reader, 0);
    out2 = __extension__ g;
    pthread_join(t, 0);
    return out1 + out2;
}
