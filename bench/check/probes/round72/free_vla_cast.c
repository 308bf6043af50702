/* TRUTH: free — the VLA cast (int (*)[g++])0 writes g, but only after the reader is joined */
#include <pthread.h>
int g = 1;
static void *r(void *a) { (void)a; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    pthread_join(t, &res);
    (void)(int (*)[g++])0;
    return (int)(long)res + g;
}
