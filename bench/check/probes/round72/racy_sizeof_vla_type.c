/* TRUTH: racy — sizeof(int[g++]) depends on g++ so the size expression is evaluated: main writes g while the thread reads it */
#include <pthread.h>
int g = 1;
static void *r(void *a) { (void)a; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    long sz = sizeof(int[g++]);
    pthread_join(t, &res);
    return (int)(long)res + (int)sz;
}
