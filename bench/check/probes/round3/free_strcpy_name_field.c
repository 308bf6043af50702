/* TRUTH: free. strcpy writes only gs.name; other thread writes gs.id. */
#include <pthread.h>
#include <string.h>
struct s { int id; char name[16]; };
static struct s gs;
static void *wn(void *v) { (void)v; strcpy(gs.name, "worker"); return NULL; }
static void *wi(void *v) { (void)v; gs.id = 7; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, wn, NULL);
  pthread_create(&t2, NULL, wi, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return gs.id;
}
