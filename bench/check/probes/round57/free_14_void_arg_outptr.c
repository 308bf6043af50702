/* TRUTH: free — each task struct has its own `out` pointer to a distinct global (r1, r2); threads write only *out; main reads r1/r2 after joins. */
#include <pthread.h>
#include <stdio.h>
struct task { int in; int *out; };
static int r1, r2;
static void *square(void *v) {
    struct task *t = (struct task *)v;
    *t->out = t->in * t->in;
    return NULL;
}
int main(void) {
    struct task a = { 3, &r1 }, b = { 4, &r2 };
    pthread_t ta, tb;
    pthread_create(&ta, NULL, square, &a);
    pthread_create(&tb, NULL, square, &b);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    printf("%d\n", r1 + r2);
    return 0;
}
