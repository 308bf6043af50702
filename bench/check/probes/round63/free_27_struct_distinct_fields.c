/* TRUTH: free — one thread writes only pos.x, the other only pos.y: distinct non-bitfield members are separate memory locations */
#include <pthread.h>
struct point { int x; int y; };
static struct point pos;
static void *setx(void *p) { (void)p; for (int i = 0; i < 10; i++) pos.x += i; return 0; }
static void *sety(void *p) { (void)p; for (int i = 0; i < 10; i++) pos.y -= i; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, setx, 0); pthread_create(&b, 0, sety, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return pos.x + pos.y;
}
