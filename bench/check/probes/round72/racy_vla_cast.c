/* TRUTH: racy — the cast (int (*)[g++])0 has a VLA type whose size expression g++ is evaluated: main writes g while the thread reads it */
#include <pthread.h>
int g = 1;
static void *r(void *a) { (void)a; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    (void)(int (*)[g++])0;
    pthread_join(t, &res);
    return (int)(long)res;
}
