/* race-free: main fills a heap request then hands it to the thread and never touches it again; the thread frees it */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
struct req { int id; char name[16]; int reply; };
void *handler(void *p) {
  struct req *r = p;
  r->reply = r->id * 2 + (int)strlen(r->name);
  free(r);
  return NULL;
}
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) {
    struct req *r = malloc(sizeof *r);
    if (!r) return 1;
    r->id = i;
    strcpy(r->name, "req");
    pthread_create(&t[i], NULL, handler, r);
  }
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return 0;
}
