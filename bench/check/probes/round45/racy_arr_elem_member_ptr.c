/* TRUTH: racy — &items[2].qty is stored in watch; thread A writes *watch while thread B writes items[2].qty */
#include <pthread.h>
struct Item { int id; int qty; } items[4];
int *watch;
void *wa(void *a){ *watch = 0; return 0; }
void *wb(void *a){ for (int i = 0; i < 4; i++) items[i].qty = 1; return 0; }
int main(void){
  watch = &items[2].qty;
  pthread_t t1, t2;
  pthread_create(&t1,0,wa,0); pthread_create(&t2,0,wb,0);
  pthread_join(t1,0); pthread_join(t2,0);
  return items[2].qty;
}
