/* TRUTH: racy — inline asm repoints ip at y before the thread starts; thread writes y, main writes y unordered */
#include <pthread.h>
int x, y;
int *ip = &x;
static void *w(void *a) { (void)a; *ip = 1; return 0; }
int main(void) {
    pthread_t t;
    __asm__ volatile("leaq y(%%rip), %%rax\n\tmovq %%rax, ip(%%rip)" ::: "rax", "memory");
    pthread_create(&t, 0, w, 0);
    y = 2;
    pthread_join(t, 0);
    return x + y;
}
