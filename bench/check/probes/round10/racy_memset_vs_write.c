/* racy: one thread clears the struct with memset, the other writes a field,
   no synchronization. */
#include <pthread.h>
#include <string.h>
struct st { int a; int b; };
static struct st s;
static void *clr(void *x) { (void)x; memset(&s, 0, sizeof s); return 0; }
static void *wr(void *x) { (void)x; s.b = 4; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, clr, 0);
    pthread_create(&q, 0, wr, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return s.b;
}
