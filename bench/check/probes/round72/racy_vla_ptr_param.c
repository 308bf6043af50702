/* TRUTH: racy — the VM parameter int (*a)[g++] evaluates g++ at each entry of use(); main calls use() while the thread reads g */
#include <pthread.h>
int g = 1;
static int buf[4][4];
static int use(int (*a)[g++]) { return a[0][0]; }
static void *r(void *x) { (void)x; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    int v = use((void *)buf);
    pthread_join(t, &res);
    return (int)(long)res + v;
}
