/* TRUTH: free — enum USE_G = 0 makes choose_expr select h; main increments h, the thread reads g */
#include <pthread.h>
enum { USE_G = 0 };
int g, h;
static void *r(void *a) { (void)a; return (void *)(long)g; }
int main(void) {
    pthread_t t;
    void *res;
    pthread_create(&t, 0, r, 0);
    __builtin_choose_expr(USE_G, g, h)++;
    pthread_join(t, &res);
    return (int)(long)res + h;
}
