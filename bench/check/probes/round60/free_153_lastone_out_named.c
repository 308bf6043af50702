/* TRUTH: free — two workers write their own part (part_a / part_b) plainly and then do a seq_cst __atomic_sub_fetch on remaining; the one that reaches 0 has synchronized with the other's RMW, so its plain reads of both parts and its plain reset remaining=2 are ordered after everything the other did. No loop waits on anything. */
#include <pthread.h>
#include <stdio.h>
static int remaining = 2;
static int part_a, part_b;
static int total;
static void finish(void) {
    if (__atomic_sub_fetch(&remaining, 1, __ATOMIC_SEQ_CST) == 0) {
        total = part_a + part_b;
        remaining = 2;
    }
}
static void *wa(void *arg) { part_a = 3; finish(); return arg; }
static void *wb(void *arg) { part_b = 4; finish(); return arg; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, wa, NULL);
    pthread_create(&b, NULL, wb, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", total, remaining);
    return 0;
}
