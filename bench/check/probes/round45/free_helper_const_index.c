/* TRUTH: free — set_slot(i) writes slots[i]; thread A always passes 0 and thread B always passes 1 */
#include <pthread.h>
int slots[2];
static void set_slot(int i, int v){ slots[i] = v; }
void *wa(void *a){ set_slot(0, 10); return 0; }
void *wb(void *a){ set_slot(1, 20); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return slots[0] + slots[1];
}
