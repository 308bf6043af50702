/* TRUTH: free — __builtin_choose_expr(sizeof(int) == 4, h, g) selects h (int is 4 bytes here); main writes h, the thread reads g */
#include <pthread.h>
int g, h;
static void *r(void *a) { (void)a; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    __builtin_choose_expr(sizeof(int) == 4, h, g) = 5;
    pthread_join(t, &res);
    return (int)(long)res + h;
}
