/* TRUTH: racy — thread start routine chosen via a function pointer variable; both routines write the global mode unsynchronised */
#include <pthread.h>
static int mode;
static void *set_fast(void *a) { (void)a; mode = 1; return NULL; }
static void *set_safe(void *a) { (void)a; mode = 2; return NULL; }
int main(int argc, char **argv) {
    (void)argv;
    void *(*routines[2])(void *) = {set_fast, set_safe};
    void *(*first)(void *) = routines[argc & 1];
    void *(*second)(void *) = routines[(argc + 1) & 1];
    pthread_t a, b;
    pthread_create(&a, NULL, first, NULL);
    pthread_create(&b, NULL, second, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return mode;
}
