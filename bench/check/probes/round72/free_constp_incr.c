/* TRUTH: free — __builtin_constant_p(g++) never evaluates g++; the thread only reads g */
#include <pthread.h>
int g = 1;
static void *r(void *a) { (void)a; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    int c = __builtin_constant_p(g++);
    pthread_join(t, &res);
    return (int)(long)res + c;
}
