/* TRUTH: racy — callback registered at runtime writes last_event; main writes last_event before join */
#include <pthread.h>
int last_event;
typedef void (*cb_t)(int);
static cb_t handler;
static void on_event(int e){ last_event = e; }
void register_cb(cb_t c){ handler = c; }
static void fire(int e){ if (handler) handler(e); }
void *w(void *x){ fire(3); return 0; }
int main(void){
  register_cb(on_event);
  pthread_t t;
  pthread_create(&t,0,w,0);
  last_event = -1;
  pthread_join(t,0);
  return last_event;
}
