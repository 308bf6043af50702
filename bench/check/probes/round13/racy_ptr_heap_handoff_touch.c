/* racy: main keeps the pointer and updates r->id after handing the request to the thread */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
struct req { int id; char name[16]; int reply; };
void *handler(void *p) {
  struct req *r = p;
  r->reply = r->id * 2 + (int)strlen(r->name);
  return NULL;
}
int main(void) {
  pthread_t t;
  struct req *r = malloc(sizeof *r);
  if (!r) return 1;
  r->id = 1;
  strcpy(r->name, "req");
  pthread_create(&t, NULL, handler, r);
  r->id = 2;
  pthread_join(t, NULL);
  int out = r->reply;
  free(r);
  return out;
}
